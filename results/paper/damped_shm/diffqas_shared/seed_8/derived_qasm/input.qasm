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
ry(pi*0.00105827578) q[0];
ry(pi*-0.030795940329) q[1];
ry(pi*0.284822322457) q[2];
ry(pi*-0.007687162689) q[3];
ry(pi*0.078599331539) q[4];
ry(pi*0.011082910407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.202464963919) q[0];
ry(pi*-0.1093949185) q[1];
ry(pi*0.139767517537) q[2];
ry(pi*-0.052168852071) q[3];
ry(pi*0.028093836859) q[4];
ry(pi*0.002101260563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020506303033) q[0];
ry(pi*0.008356128136) q[1];
ry(pi*-0.154736285018) q[2];
ry(pi*-0.455294187012) q[3];
ry(pi*0.322646259451) q[4];
ry(pi*-0.014774111832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.508967634894) q[0];
ry(pi*0.492012752753) q[1];
ry(pi*0.484039569371) q[2];
ry(pi*0.509772307069) q[3];
ry(pi*-0.509292562171) q[4];
ry(pi*0.361448981527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.388704471955) q[0];
ry(pi*-0.289933428904) q[1];
ry(pi*-0.523489224197) q[2];
ry(pi*-0.282482451429) q[3];
ry(pi*-0.032641656656) q[4];
ry(pi*0.000540671245) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
