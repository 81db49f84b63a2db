// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.692344098384) q[0];
rz(pi*0.569260674446) q[1];
rz(pi*0.541720744584) q[2];
rz(pi*0.353909932557) q[3];
rz(pi*0.768092717663) q[4];
rz(pi*0.219086362073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.680225018003) q[0];
rz(pi*0.174972409008) q[1];
rz(pi*0.266763966338) q[2];
rz(pi*0.349347707701) q[3];
rz(pi*1.1703957168) q[4];
rz(pi*0.869835670886) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.204367930512) q[0];
rz(pi*1.875925267704) q[1];
rz(pi*1.618121295302) q[2];
rz(pi*1.874225005947) q[3];
rz(pi*1.652380613487) q[4];
rz(pi*0.613082826651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.095941286191) q[0];
rz(pi*1.0876337075) q[1];
rz(pi*1.899992274046) q[2];
rz(pi*1.821746234042) q[3];
rz(pi*0.574221706459) q[4];
rz(pi*0.868145274957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.703571107996) q[0];
rz(pi*0.273269797413) q[1];
rz(pi*1.817128722599) q[2];
rz(pi*0.678099511197) q[3];
rz(pi*0.296574232106) q[4];
rz(pi*0.198893173411) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
