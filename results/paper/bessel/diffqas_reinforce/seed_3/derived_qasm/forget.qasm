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
ry(pi*0.183692473576) q[0];
ry(pi*0.015744629538) q[1];
ry(pi*0.020915438479) q[2];
ry(pi*0.023496142451) q[3];
ry(pi*-0.326485736457) q[4];
ry(pi*-0.032330086194) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.133187958364) q[0];
ry(pi*0.086802455136) q[1];
ry(pi*-0.46329461526) q[2];
ry(pi*0.043660509138) q[3];
ry(pi*0.051827309411) q[4];
ry(pi*0.024088827373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.319682374752) q[0];
ry(pi*0.104469251689) q[1];
ry(pi*0.10057060817) q[2];
ry(pi*0.005527353116) q[3];
ry(pi*0.069900378896) q[4];
ry(pi*-0.000101380044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024514115742) q[0];
ry(pi*0.168505491038) q[1];
ry(pi*0.004386929711) q[2];
ry(pi*-0.288734066658) q[3];
ry(pi*-0.243173896928) q[4];
ry(pi*0.003231527322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.032090538653) q[0];
ry(pi*0.889064474783) q[1];
ry(pi*-0.00360663307) q[2];
ry(pi*0.285708197992) q[3];
ry(pi*0.144484948956) q[4];
ry(pi*-0.002097229002) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
