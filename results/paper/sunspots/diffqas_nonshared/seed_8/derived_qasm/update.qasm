// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.222794452801) q[0];
ry(pi*-0.211298106063) q[1];
ry(pi*0.067963868484) q[2];
ry(pi*-0.055892970028) q[3];
ry(pi*0.02868142997) q[4];
ry(pi*-0.028189587573) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.109344099995) q[0];
ry(pi*0.314597090215) q[1];
ry(pi*0.001289240005) q[2];
ry(pi*-0.345024767139) q[3];
ry(pi*-0.027190511139) q[4];
ry(pi*0.298662448609) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021872053904) q[0];
ry(pi*-0.234688639085) q[1];
ry(pi*0.188361932402) q[2];
ry(pi*0.010366607362) q[3];
ry(pi*-0.073445408343) q[4];
ry(pi*0.102494757836) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.194342749603) q[0];
ry(pi*-0.206131694056) q[1];
ry(pi*0.132639162151) q[2];
ry(pi*-0.006857508148) q[3];
ry(pi*-0.125068238966) q[4];
ry(pi*-0.322550371184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.352384675425) q[0];
ry(pi*0.073302244732) q[1];
ry(pi*0.088153969332) q[2];
ry(pi*0.008885670568) q[3];
ry(pi*-0.098584664264) q[4];
ry(pi*-0.003368079523) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
