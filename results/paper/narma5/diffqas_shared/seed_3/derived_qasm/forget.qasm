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
ry(pi*-0.098142200815) q[0];
ry(pi*0.031083716594) q[1];
ry(pi*0.039008611962) q[2];
ry(pi*-0.005357248796) q[3];
ry(pi*-0.041655269948) q[4];
ry(pi*0.015662690984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.189359083103) q[0];
ry(pi*0.094861746334) q[1];
ry(pi*-0.019025749251) q[2];
ry(pi*0.090475171176) q[3];
ry(pi*-0.008578331028) q[4];
ry(pi*0.024820511388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082972938823) q[0];
ry(pi*0.015665548754) q[1];
ry(pi*0.105777175997) q[2];
ry(pi*-0.00310883827) q[3];
ry(pi*-0.024210810283) q[4];
ry(pi*0.016465021211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.13968180815) q[0];
ry(pi*0.09887474809) q[1];
ry(pi*0.002321303526) q[2];
ry(pi*-0.024755783487) q[3];
ry(pi*-0.044481407756) q[4];
ry(pi*-0.020167698776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.067969361094) q[0];
ry(pi*-0.011247348397) q[1];
ry(pi*0.055867043768) q[2];
ry(pi*-0.002283405759) q[3];
ry(pi*-0.013964049025) q[4];
ry(pi*0.003190469407) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
