// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.230421478401) q[0];
ry(pi*0.108975943312) q[1];
ry(pi*-0.072831383823) q[2];
ry(pi*-0.044632231614) q[3];
ry(pi*0.25583769375) q[4];
ry(pi*3.0589209e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.195343751772) q[0];
ry(pi*-0.16935197915) q[1];
ry(pi*-0.162199860397) q[2];
ry(pi*0.007279229641) q[3];
ry(pi*0.011928868467) q[4];
ry(pi*1.93101e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084731133866) q[0];
ry(pi*0.079632606351) q[1];
ry(pi*0.009710667892) q[2];
ry(pi*-0.021765526669) q[3];
ry(pi*0.288405022295) q[4];
ry(pi*-1.134073e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003402796687) q[0];
ry(pi*-0.146746253836) q[1];
ry(pi*0.219458152037) q[2];
ry(pi*0.075120535953) q[3];
ry(pi*-0.049387731851) q[4];
ry(pi*0.000467451151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06249534393) q[0];
ry(pi*0.0561415984) q[1];
ry(pi*-0.200213183359) q[2];
ry(pi*0.267736604248) q[3];
ry(pi*-0.03919214958) q[4];
ry(pi*-0.006076780766) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
