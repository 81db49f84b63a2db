// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.491637661531) q[0];
ry(pi*-0.500170237406) q[1];
ry(pi*-0.03480417281) q[2];
ry(pi*-0.003889242226) q[3];
ry(pi*0.492614530364) q[4];
ry(pi*0.599369704073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.419849906897) q[0];
ry(pi*0.005199278142) q[1];
ry(pi*-0.024377334089) q[2];
ry(pi*-0.022991408072) q[3];
ry(pi*-0.007399698881) q[4];
ry(pi*-0.012057973272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001562382057) q[0];
ry(pi*0.00435643428) q[1];
ry(pi*0.53827582484) q[2];
ry(pi*0.001365528238) q[3];
ry(pi*0.49589256582) q[4];
ry(pi*0.516406697483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000510805769) q[0];
ry(pi*0.489574261383) q[1];
ry(pi*-0.011262545568) q[2];
ry(pi*0.005397721817) q[3];
ry(pi*-0.112745116801) q[4];
ry(pi*-0.483357992383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030157853621) q[0];
ry(pi*-0.012446966775) q[1];
ry(pi*-0.011284365414) q[2];
ry(pi*-0.026413693329) q[3];
ry(pi*-0.129389490953) q[4];
ry(pi*0.005798233557) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
