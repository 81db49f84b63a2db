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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014582267708) q[0];
ry(pi*-0.392052630686) q[1];
ry(pi*0.008240258008) q[2];
ry(pi*0.123543484611) q[3];
ry(pi*0.160229369794) q[4];
ry(pi*0.214939033264) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091666337194) q[0];
ry(pi*0.142411882193) q[1];
ry(pi*0.212473638537) q[2];
ry(pi*0.052645594532) q[3];
ry(pi*0.302537841025) q[4];
ry(pi*-0.030671621399) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021805945736) q[0];
ry(pi*-0.056580978777) q[1];
ry(pi*-0.072224255897) q[2];
ry(pi*0.073265949866) q[3];
ry(pi*0.298455247231) q[4];
ry(pi*-0.273275318483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009646842976) q[0];
ry(pi*0.062888136725) q[1];
ry(pi*-0.22958265528) q[2];
ry(pi*-0.132617334005) q[3];
ry(pi*0.346971750507) q[4];
ry(pi*0.214002443574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.320012804126) q[0];
ry(pi*0.001505799098) q[1];
ry(pi*0.185744945422) q[2];
ry(pi*0.067388301724) q[3];
ry(pi*0.141955748879) q[4];
ry(pi*0.002177999546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
