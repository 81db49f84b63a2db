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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.160376370643) q[0];
ry(pi*0.119458196686) q[1];
ry(pi*-0.025083151134) q[2];
ry(pi*-0.034133936782) q[3];
ry(pi*-0.639985993155) q[4];
ry(pi*-0.096181538095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101978737044) q[0];
ry(pi*0.090832181369) q[1];
ry(pi*-0.517873632389) q[2];
ry(pi*-0.050993357542) q[3];
ry(pi*-0.003749156944) q[4];
ry(pi*0.084500861627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.215894975156) q[0];
ry(pi*0.074732016769) q[1];
ry(pi*0.225533036121) q[2];
ry(pi*-0.149286287351) q[3];
ry(pi*-0.119465415817) q[4];
ry(pi*-0.022348125204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.131131758374) q[0];
ry(pi*-0.010246878652) q[1];
ry(pi*-0.150759065864) q[2];
ry(pi*0.279877607007) q[3];
ry(pi*0.226925901421) q[4];
ry(pi*0.019930501484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.264078943084) q[0];
ry(pi*-0.035855561853) q[1];
ry(pi*-0.575507831079) q[2];
ry(pi*0.388225296239) q[3];
ry(pi*-0.138990298928) q[4];
ry(pi*-0.002096989471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
