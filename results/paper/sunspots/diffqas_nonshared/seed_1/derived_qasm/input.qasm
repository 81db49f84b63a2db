// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.153275231663) q[0];
ry(pi*0.269914296228) q[1];
ry(pi*-0.376408158283) q[2];
ry(pi*-0.522459838798) q[3];
ry(pi*0.239739639867) q[4];
ry(pi*-0.122048289797) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.06028243853) q[0];
ry(pi*0.43161357965) q[1];
ry(pi*-0.724155932116) q[2];
ry(pi*-0.456226090433) q[3];
ry(pi*-0.591541093028) q[4];
ry(pi*0.186331886344) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022639596412) q[0];
ry(pi*0.082201241284) q[1];
ry(pi*-0.121805903459) q[2];
ry(pi*-0.001326797152) q[3];
ry(pi*0.165204365749) q[4];
ry(pi*-0.239301255559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032425481169) q[0];
ry(pi*0.392005692108) q[1];
ry(pi*0.344546274442) q[2];
ry(pi*0.16214705924) q[3];
ry(pi*-0.193642275759) q[4];
ry(pi*-0.195954370684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.220559368259) q[0];
ry(pi*0.142712922781) q[1];
ry(pi*-0.175554587771) q[2];
ry(pi*0.107975064467) q[3];
ry(pi*-0.015634353999) q[4];
ry(pi*-0.002428610571) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
