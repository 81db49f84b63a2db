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
rx(pi*-0.02709278963) q[0];
rx(pi*-0.102206182344) q[1];
rx(pi*0.005969488099) q[2];
rx(pi*-0.001762172649) q[3];
rx(pi*0.000408748987) q[4];
rx(pi*-0.000486853861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.210936485492) q[0];
rx(pi*-0.096744146469) q[1];
rx(pi*-0.003354465095) q[2];
rx(pi*0.001802041211) q[3];
rx(pi*-0.006185141243) q[4];
rx(pi*-0.001941818334) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.02172613213) q[0];
rx(pi*-0.100718045392) q[1];
rx(pi*0.000903296816) q[2];
rx(pi*0.000863098455) q[3];
rx(pi*9.1463161e-05) q[4];
rx(pi*-0.008521319107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.213842863793) q[0];
rx(pi*-0.097159222757) q[1];
rx(pi*0.000582905953) q[2];
rx(pi*-0.004650847153) q[3];
rx(pi*-0.004474721061) q[4];
rx(pi*0.003841635155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028013674628) q[0];
rx(pi*-0.100915029945) q[1];
rx(pi*-0.001390699738) q[2];
rx(pi*-0.002789828416) q[3];
rx(pi*0.000779523946) q[4];
rx(pi*0.001429636263) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
