// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.016496246796) q[0];
rx(pi*0.006332648427) q[1];
rx(pi*-7.1517175e-05) q[2];
rx(pi*-0.000734714689) q[3];
rx(pi*0.000528991815) q[4];
rx(pi*0.002338226328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021535159566) q[0];
rx(pi*0.00101646481) q[1];
rx(pi*-8.521882e-05) q[2];
rx(pi*0.005916541089) q[3];
rx(pi*-0.002107869601) q[4];
rx(pi*0.0033300362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021920870784) q[0];
rx(pi*-0.003919744772) q[1];
rx(pi*-0.002247882994) q[2];
rx(pi*-0.003622496066) q[3];
rx(pi*0.00046311321) q[4];
rx(pi*0.003282605516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.019090294539) q[0];
rx(pi*0.001384855242) q[1];
rx(pi*0.005593587571) q[2];
rx(pi*0.001331986792) q[3];
rx(pi*0.000622797637) q[4];
rx(pi*-0.000875546356) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024689865047) q[0];
rx(pi*0.001817170643) q[1];
rx(pi*-0.005577872207) q[2];
rx(pi*0.002562227777) q[3];
rx(pi*-4.8320364e-05) q[4];
rx(pi*0.003586656842) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
