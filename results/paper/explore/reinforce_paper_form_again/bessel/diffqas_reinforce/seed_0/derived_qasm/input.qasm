// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*0.002687520838) q[0];
rz(pi*0.003189754371) q[1];
rz(pi*0.002514051227) q[2];
rz(pi*-0.000557987657) q[3];
rz(pi*0.000411713442) q[4];
rz(pi*0.004035208764) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002765109) q[0];
rz(pi*0.001158874772) q[1];
rz(pi*-0.005955256167) q[2];
rz(pi*0.002171795754) q[3];
rz(pi*-0.001435733333) q[4];
rz(pi*-0.003678506581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002459980082) q[0];
rz(pi*-0.003537193406) q[1];
rz(pi*-0.002760667599) q[2];
rz(pi*0.004891824765) q[3];
rz(pi*-0.003329617613) q[4];
rz(pi*-0.002088160029) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002174891425) q[0];
rz(pi*0.002498078545) q[1];
rz(pi*-0.00584390096) q[2];
rz(pi*0.003980097675) q[3];
rz(pi*-0.000774649432) q[4];
rz(pi*-0.001008644332) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002854239115) q[0];
rz(pi*-0.000462998817) q[1];
rz(pi*0.004680395429) q[2];
rz(pi*0.000677511781) q[3];
rz(pi*-0.002968377387) q[4];
rz(pi*-0.001105672001) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
