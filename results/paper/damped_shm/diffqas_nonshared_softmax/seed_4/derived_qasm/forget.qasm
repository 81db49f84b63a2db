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
ry(pi*-0.120266492656) q[0];
ry(pi*0.379590874654) q[1];
ry(pi*-0.010491107718) q[2];
ry(pi*-0.005053559732) q[3];
ry(pi*-0.044731753162) q[4];
ry(pi*0.002571701996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.222211344373) q[0];
ry(pi*0.487829299832) q[1];
ry(pi*0.064404471923) q[2];
ry(pi*0.028737487324) q[3];
ry(pi*0.107528151909) q[4];
ry(pi*-0.006005094611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.453985143312) q[0];
ry(pi*0.051853491802) q[1];
ry(pi*-0.463954639206) q[2];
ry(pi*-0.035185759826) q[3];
ry(pi*0.257971634574) q[4];
ry(pi*-0.004643737709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.25035701715) q[0];
ry(pi*0.001925238673) q[1];
ry(pi*0.884473373405) q[2];
ry(pi*0.06787675037) q[3];
ry(pi*-0.145681275562) q[4];
ry(pi*-0.001313802599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094765203507) q[0];
ry(pi*0.0944626451) q[1];
ry(pi*-0.106138834513) q[2];
ry(pi*0.492371223848) q[3];
ry(pi*0.275047031608) q[4];
ry(pi*-0.005810657742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
