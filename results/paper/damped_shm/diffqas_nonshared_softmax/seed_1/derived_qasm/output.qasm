// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000773125758) q[0];
rz(pi*-0.00621909594) q[1];
rz(pi*-0.002110860921) q[2];
rz(pi*-0.002832376581) q[3];
rz(pi*-0.000144642198) q[4];
rz(pi*-0.001941692047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001543125014) q[0];
rz(pi*-0.001578138775) q[1];
rz(pi*-0.000796391534) q[2];
rz(pi*0.00403048455) q[3];
rz(pi*-0.000683580911) q[4];
rz(pi*-0.001504025739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00019699667) q[0];
rz(pi*-0.004054500788) q[1];
rz(pi*-0.005007556154) q[2];
rz(pi*-2.8333121e-05) q[3];
rz(pi*-0.001815579748) q[4];
rz(pi*-0.004492936085) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002989454627) q[0];
rz(pi*0.00221653379) q[1];
rz(pi*0.000743762244) q[2];
rz(pi*-0.001670295044) q[3];
rz(pi*-0.000612295147) q[4];
rz(pi*-0.00181188777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002748587295) q[0];
rz(pi*-0.00456311954) q[1];
rz(pi*0.000871582386) q[2];
rz(pi*6.1677114e-05) q[3];
rz(pi*-0.003596126615) q[4];
rz(pi*0.001971655648) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
