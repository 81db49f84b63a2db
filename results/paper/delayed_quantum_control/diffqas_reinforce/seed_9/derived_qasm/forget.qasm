// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004265649979) q[0];
ry(pi*0.000962709605) q[1];
ry(pi*-0.39420914908) q[2];
ry(pi*-0.170502562461) q[3];
ry(pi*0.467547622274) q[4];
ry(pi*0.006900728067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501632542962) q[0];
ry(pi*-0.009578651363) q[1];
ry(pi*-0.300266309835) q[2];
ry(pi*-0.643818412298) q[3];
ry(pi*-0.406106314085) q[4];
ry(pi*-0.459361982063) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500629909137) q[0];
ry(pi*-0.504284363907) q[1];
ry(pi*0.355682101028) q[2];
ry(pi*-0.005802642349) q[3];
ry(pi*-0.002976203942) q[4];
ry(pi*-0.299367836395) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.50275610908) q[0];
ry(pi*-0.488199761703) q[1];
ry(pi*-0.31277773652) q[2];
ry(pi*-0.137365207197) q[3];
ry(pi*0.082426561635) q[4];
ry(pi*0.048926044265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.064418288827) q[0];
ry(pi*-0.339340759603) q[1];
ry(pi*0.504925642779) q[2];
ry(pi*0.025004409488) q[3];
ry(pi*-0.435101946987) q[4];
ry(pi*-0.002122193432) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
