// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.219776135288) q[0];
ry(pi*-0.189781473385) q[1];
ry(pi*-0.022404305881) q[2];
ry(pi*0.011387322215) q[3];
ry(pi*-0.46313414376) q[4];
ry(pi*0.133896106686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.2028786e-05) q[0];
ry(pi*0.431039236632) q[1];
ry(pi*-0.13630669863) q[2];
ry(pi*-0.21449239581) q[3];
ry(pi*-0.088667400344) q[4];
ry(pi*-0.002416207285) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.218772571799) q[0];
ry(pi*0.569081040471) q[1];
ry(pi*-0.040019605653) q[2];
ry(pi*-0.008922016423) q[3];
ry(pi*-0.525697538192) q[4];
ry(pi*0.266484896192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014846535553) q[0];
ry(pi*-0.431852598325) q[1];
ry(pi*-0.040946049666) q[2];
ry(pi*0.078487240545) q[3];
ry(pi*0.166435564265) q[4];
ry(pi*-0.299122442876) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.256561655856) q[0];
ry(pi*-0.020686786038) q[1];
ry(pi*0.093655999759) q[2];
ry(pi*-0.234380635499) q[3];
ry(pi*-0.219260076551) q[4];
ry(pi*-0.003388139054) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
