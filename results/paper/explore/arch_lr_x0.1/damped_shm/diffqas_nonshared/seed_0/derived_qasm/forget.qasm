// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.019443644177) q[0];
ry(pi*-0.020049249541) q[1];
ry(pi*0.122849053586) q[2];
ry(pi*0.285151556548) q[3];
ry(pi*0.304311887799) q[4];
ry(pi*0.094218892724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.505887940542) q[0];
ry(pi*0.397541067139) q[1];
ry(pi*-0.176532898533) q[2];
ry(pi*0.165822459923) q[3];
ry(pi*-0.199318523441) q[4];
ry(pi*0.060216541434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020539009678) q[0];
ry(pi*-0.028440098991) q[1];
ry(pi*0.232760362846) q[2];
ry(pi*-0.196742802187) q[3];
ry(pi*-0.175795541667) q[4];
ry(pi*0.019911773011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.090178408943) q[0];
ry(pi*-0.006771403297) q[1];
ry(pi*0.00807947998) q[2];
ry(pi*0.018043777934) q[3];
ry(pi*0.005039937299) q[4];
ry(pi*-0.157334156955) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013595497472) q[0];
ry(pi*0.074989405807) q[1];
ry(pi*0.365343175936) q[2];
ry(pi*-0.046200115767) q[3];
ry(pi*0.143277134351) q[4];
ry(pi*-0.000927180541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
