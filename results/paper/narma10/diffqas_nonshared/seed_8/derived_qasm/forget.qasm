// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071225563661) q[0];
ry(pi*0.041850309794) q[1];
ry(pi*0.073965124078) q[2];
ry(pi*0.08878955638) q[3];
ry(pi*0.03113709642) q[4];
ry(pi*0.004589536719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077771697595) q[0];
ry(pi*-0.044926086273) q[1];
ry(pi*0.001795387853) q[2];
ry(pi*-0.025479714763) q[3];
ry(pi*0.00656829944) q[4];
ry(pi*-0.002300635237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062612135421) q[0];
ry(pi*0.045349444165) q[1];
ry(pi*-0.017647878351) q[2];
ry(pi*0.014628625245) q[3];
ry(pi*-0.002091017799) q[4];
ry(pi*0.002553381733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.075545487556) q[0];
ry(pi*-0.045241944577) q[1];
ry(pi*-0.005305530272) q[2];
ry(pi*-0.000157939602) q[3];
ry(pi*-0.001953680748) q[4];
ry(pi*-0.003165787641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084180734455) q[0];
ry(pi*0.051532430223) q[1];
ry(pi*0.081241523814) q[2];
ry(pi*0.104014266226) q[3];
ry(pi*0.017947028779) q[4];
ry(pi*-0.00036332734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
