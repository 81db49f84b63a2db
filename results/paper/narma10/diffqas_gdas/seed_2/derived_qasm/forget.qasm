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
rx(pi*-0.012780034546) q[0];
rx(pi*-0.0016534926) q[1];
rx(pi*-0.001314824607) q[2];
rx(pi*-0.007771431333) q[3];
rx(pi*0.005728649226) q[4];
rx(pi*0.003641994418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01428511179) q[0];
rx(pi*0.002473576427) q[1];
rx(pi*0.000895128085) q[2];
rx(pi*-0.001762873307) q[3];
rx(pi*0.003111692483) q[4];
rx(pi*-0.000988538259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014428365522) q[0];
rx(pi*-0.002511011437) q[1];
rx(pi*0.001448176343) q[2];
rx(pi*-0.000315758474) q[3];
rx(pi*0.001735707297) q[4];
rx(pi*-0.001932733501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012845671953) q[0];
rx(pi*-0.002829728993) q[1];
rx(pi*0.002678467873) q[2];
rx(pi*0.000598534568) q[3];
rx(pi*0.00105224) q[4];
rx(pi*0.001306675219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016599138378) q[0];
rx(pi*0.002503411666) q[1];
rx(pi*0.006546688295) q[2];
rx(pi*-0.005215324343) q[3];
rx(pi*-0.005504887604) q[4];
rx(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
