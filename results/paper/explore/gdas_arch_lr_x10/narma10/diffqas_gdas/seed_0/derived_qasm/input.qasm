// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002096821236) q[0];
rx(pi*-0.001787490002) q[1];
rx(pi*0.005724435497) q[2];
rx(pi*-0.003524693627) q[3];
rx(pi*-0.001472886865) q[4];
rx(pi*-0.003070000759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000327093579) q[0];
rx(pi*0.003444810058) q[1];
rx(pi*0.004130989716) q[2];
rx(pi*0.001475426545) q[3];
rx(pi*-0.001939761866) q[4];
rx(pi*-0.001762225417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001920034507) q[0];
rx(pi*0.003032993229) q[1];
rx(pi*-0.002885612036) q[2];
rx(pi*0.002751878473) q[3];
rx(pi*-0.000103755602) q[4];
rx(pi*0.000547658071) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.004811944754) q[0];
rx(pi*-0.00151303646) q[1];
rx(pi*0.005289446125) q[2];
rx(pi*-0.004486429322) q[3];
rx(pi*-0.002625299119) q[4];
rx(pi*-0.005024170945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002377074511) q[0];
rx(pi*0.001855372419) q[1];
rx(pi*0.002348272101) q[2];
rx(pi*0.00097649338) q[3];
rx(pi*0.000850180163) q[4];
rx(pi*-0.003734815621) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
