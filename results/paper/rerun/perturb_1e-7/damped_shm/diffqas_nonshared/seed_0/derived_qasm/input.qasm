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
ry(pi*0.10488800869) q[0];
ry(pi*-0.071901510486) q[1];
ry(pi*0.021407283247) q[2];
ry(pi*0.031052653463) q[3];
ry(pi*0.107275349532) q[4];
ry(pi*0.04756488717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031793114745) q[0];
ry(pi*0.017017908423) q[1];
ry(pi*0.084791343881) q[2];
ry(pi*-0.000312445544) q[3];
ry(pi*-0.041137821457) q[4];
ry(pi*0.034726771114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.135024453937) q[0];
ry(pi*0.116654100468) q[1];
ry(pi*-0.359722309704) q[2];
ry(pi*-0.029920824713) q[3];
ry(pi*-0.061105452609) q[4];
ry(pi*0.023001129234) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.373746585345) q[0];
ry(pi*-0.362908706789) q[1];
ry(pi*-0.296289565) q[2];
ry(pi*0.038669111243) q[3];
ry(pi*0.016895069368) q[4];
ry(pi*-0.030276286256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.313152220614) q[0];
ry(pi*-0.354160221045) q[1];
ry(pi*-0.010267276727) q[2];
ry(pi*-0.456885089851) q[3];
ry(pi*-0.494956867849) q[4];
ry(pi*-0.003388659026) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
