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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.054207004236) q[0];
rx(pi*0.117779136974) q[1];
rx(pi*0.038980012916) q[2];
rx(pi*0.031037378029) q[3];
rx(pi*0.024769446237) q[4];
rx(pi*-0.037238748679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.172222214366) q[0];
rx(pi*0.032924687363) q[1];
rx(pi*0.006223948813) q[2];
rx(pi*0.013803473175) q[3];
rx(pi*0.000674788747) q[4];
rx(pi*-0.003464346059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.04771726205) q[0];
rx(pi*0.128379049843) q[1];
rx(pi*-0.043587753394) q[2];
rx(pi*-0.038806869992) q[3];
rx(pi*-0.018165348187) q[4];
rx(pi*0.037005862945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182460402314) q[0];
rx(pi*0.079905149871) q[1];
rx(pi*0.019884438025) q[2];
rx(pi*-0.000511706159) q[3];
rx(pi*-0.004820449881) q[4];
rx(pi*-0.007754572268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.045043058006) q[0];
rx(pi*0.119829094931) q[1];
rx(pi*0.035488320605) q[2];
rx(pi*0.031196120638) q[3];
rx(pi*0.017015938814) q[4];
rx(pi*-0.002661352972) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
