// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.001954318262) q[0];
rx(pi*0.0166530779) q[1];
rx(pi*0.019745831431) q[2];
rx(pi*-0.00308499427) q[3];
rx(pi*0.002377486723) q[4];
rx(pi*-0.00126227647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000468820523) q[0];
rx(pi*0.029129784457) q[1];
rx(pi*0.478716651169) q[2];
rx(pi*-0.012507521857) q[3];
rx(pi*0.009439263922) q[4];
rx(pi*0.002278784413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001284688769) q[0];
rx(pi*0.025697393841) q[1];
rx(pi*-0.01604563218) q[2];
rx(pi*-0.007280104759) q[3];
rx(pi*0.005853418758) q[4];
rx(pi*-0.006327852472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0006753228) q[0];
rx(pi*-0.030754890417) q[1];
rx(pi*0.49304198637) q[2];
rx(pi*-0.018011151923) q[3];
rx(pi*0.008064115019) q[4];
rx(pi*-0.003498083459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00347335515) q[0];
rx(pi*-0.040627985781) q[1];
rx(pi*0.024477752099) q[2];
rx(pi*-0.000306520377) q[3];
rx(pi*0.013454154059) q[4];
rx(pi*0.002043392645) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
