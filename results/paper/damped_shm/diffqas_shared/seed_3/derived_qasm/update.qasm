// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.072844911392) q[0];
ry(pi*-0.172624607372) q[1];
ry(pi*0.029708806629) q[2];
ry(pi*0.040773345487) q[3];
ry(pi*0.079690368881) q[4];
ry(pi*-0.030453700419) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.057035063034) q[0];
ry(pi*-0.277670753914) q[1];
ry(pi*-0.049537972296) q[2];
ry(pi*0.143727167927) q[3];
ry(pi*-0.030671967652) q[4];
ry(pi*-0.10520073649) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153348760547) q[0];
ry(pi*0.316400544747) q[1];
ry(pi*0.156998453157) q[2];
ry(pi*0.059336253372) q[3];
ry(pi*-0.042768894347) q[4];
ry(pi*0.047045641011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.106562960801) q[0];
ry(pi*0.03929762857) q[1];
ry(pi*-0.034835008268) q[2];
ry(pi*-0.127999699239) q[3];
ry(pi*0.371035607373) q[4];
ry(pi*0.266059944589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001301862218) q[0];
ry(pi*0.023913293883) q[1];
ry(pi*0.000465461198) q[2];
ry(pi*0.022873143821) q[3];
ry(pi*-0.018589044031) q[4];
ry(pi*-0.004648610741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
