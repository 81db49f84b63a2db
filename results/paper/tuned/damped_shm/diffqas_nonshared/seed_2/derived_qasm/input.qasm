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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.219758073233) q[0];
ry(pi*-0.121749971798) q[1];
ry(pi*0.072665604697) q[2];
ry(pi*0.021454458984) q[3];
ry(pi*-0.001574233947) q[4];
ry(pi*1.4002293e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061207383696) q[0];
ry(pi*-0.242144207965) q[1];
ry(pi*0.037926638849) q[2];
ry(pi*0.053679300974) q[3];
ry(pi*4.9535009e-05) q[4];
ry(pi*3.07675e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.020415027515) q[0];
ry(pi*-0.124698953404) q[1];
ry(pi*0.085471156403) q[2];
ry(pi*0.001976785257) q[3];
ry(pi*-0.002362488173) q[4];
ry(pi*0.000282507585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.131948316976) q[0];
ry(pi*-0.050230306832) q[1];
ry(pi*-0.356333890803) q[2];
ry(pi*-0.012157595613) q[3];
ry(pi*-0.050503950772) q[4];
ry(pi*0.02662396592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.065000386956) q[0];
ry(pi*0.093014066327) q[1];
ry(pi*-0.185465913221) q[2];
ry(pi*0.13010879525) q[3];
ry(pi*-0.153985258286) q[4];
ry(pi*0.000515085717) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
