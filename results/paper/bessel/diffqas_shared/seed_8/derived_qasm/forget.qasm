// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.130869317841) q[0];
ry(pi*0.024181094217) q[1];
ry(pi*0.002264612067) q[2];
ry(pi*0.00139210135) q[3];
ry(pi*3.9853e-08) q[4];
ry(pi*-2.0935e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.217842224143) q[0];
ry(pi*0.030989336661) q[1];
ry(pi*-0.001002187076) q[2];
ry(pi*0.00142537614) q[3];
ry(pi*-1.2952e-08) q[4];
ry(pi*7.308e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.141787147557) q[0];
ry(pi*-0.091887236896) q[1];
ry(pi*-0.001797290761) q[2];
ry(pi*-0.000297771568) q[3];
ry(pi*-1.20075e-07) q[4];
ry(pi*3.111249e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107206032598) q[0];
ry(pi*-0.037194428341) q[1];
ry(pi*0.106272042175) q[2];
ry(pi*-0.007931927142) q[3];
ry(pi*-0.005322009289) q[4];
ry(pi*-0.007143597025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.150167267918) q[0];
ry(pi*-0.082180589448) q[1];
ry(pi*0.238269213976) q[2];
ry(pi*-0.001299431632) q[3];
ry(pi*0.004476866761) q[4];
ry(pi*0.001696069373) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
