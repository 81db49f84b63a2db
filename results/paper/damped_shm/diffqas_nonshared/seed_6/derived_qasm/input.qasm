// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.470502172381) q[0];
ry(pi*0.148483664233) q[1];
ry(pi*-0.006027210905) q[2];
ry(pi*-0.120492467568) q[3];
ry(pi*-0.069196646481) q[4];
ry(pi*-0.383732853149) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004981413487) q[0];
ry(pi*0.082243408215) q[1];
ry(pi*-0.018281584726) q[2];
ry(pi*-0.020029411161) q[3];
ry(pi*0.011054148907) q[4];
ry(pi*0.085697188233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065827575039) q[0];
ry(pi*0.047675906203) q[1];
ry(pi*0.020725556848) q[2];
ry(pi*-0.00543750174) q[3];
ry(pi*-0.01012480325) q[4];
ry(pi*-0.058772316906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018726263243) q[0];
ry(pi*-0.460532486759) q[1];
ry(pi*-0.027943169526) q[2];
ry(pi*0.53066088488) q[3];
ry(pi*0.123174236995) q[4];
ry(pi*-0.003831415366) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009103780089) q[0];
ry(pi*-0.019458684823) q[1];
ry(pi*-0.017635785596) q[2];
ry(pi*-0.484710787239) q[3];
ry(pi*-0.372445661981) q[4];
ry(pi*0.000875094346) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
