// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.152481440359) q[0];
rx(pi*0.110233096547) q[1];
rx(pi*-0.009274981864) q[2];
rx(pi*0.006356905085) q[3];
rx(pi*-0.003983328378) q[4];
rx(pi*0.002345461318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010928125988) q[0];
rx(pi*0.069437220922) q[1];
rx(pi*-0.012664342288) q[2];
rx(pi*2.8312467e-05) q[3];
rx(pi*-0.003449781511) q[4];
rx(pi*-0.000196264737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.184072042367) q[0];
rx(pi*0.110076144492) q[1];
rx(pi*-0.013964587377) q[2];
rx(pi*0.003501923958) q[3];
rx(pi*-0.003303996696) q[4];
rx(pi*-0.000978948498) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015325383989) q[0];
rx(pi*0.072063656331) q[1];
rx(pi*-0.018049205326) q[2];
rx(pi*0.000448213118) q[3];
rx(pi*0.003762915743) q[4];
rx(pi*-0.002096548207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.15950791209) q[0];
rx(pi*0.110835196695) q[1];
rx(pi*-0.011999801642) q[2];
rx(pi*0.00442288959) q[3];
rx(pi*-0.002934080291) q[4];
rx(pi*0.000607200742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
