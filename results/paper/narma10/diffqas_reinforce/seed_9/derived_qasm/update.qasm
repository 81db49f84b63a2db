// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.334345386917) q[0];
rx(pi*0.003873163712) q[1];
rx(pi*-0.002299092812) q[2];
rx(pi*0.000305493773) q[3];
rx(pi*0.004248428949) q[4];
rx(pi*-0.002422570122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002841898529) q[0];
rx(pi*0.000719661889) q[1];
rx(pi*9.9478044e-05) q[2];
rx(pi*0.001293596326) q[3];
rx(pi*-0.00120171331) q[4];
rx(pi*-0.002202402798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.323687332063) q[0];
rx(pi*-0.003304756496) q[1];
rx(pi*0.002353828448) q[2];
rx(pi*0.000468853022) q[3];
rx(pi*-0.00131321726) q[4];
rx(pi*0.007735724622) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003471137414) q[0];
rx(pi*-0.002917739716) q[1];
rx(pi*-0.003580873415) q[2];
rx(pi*-0.002594915449) q[3];
rx(pi*0.001328679012) q[4];
rx(pi*0.000389791803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.334937640209) q[0];
rx(pi*0.001632234229) q[1];
rx(pi*0.006698470276) q[2];
rx(pi*0.002746684387) q[3];
rx(pi*0.002569188997) q[4];
rx(pi*0.001216899883) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
