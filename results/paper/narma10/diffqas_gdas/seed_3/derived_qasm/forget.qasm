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
rx(pi*0.030359911972) q[0];
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
rx(pi*0.006496667831) q[0];
rx(pi*-0.008135442471) q[1];
rx(pi*0.001330201575) q[2];
rx(pi*-0.001808093072) q[3];
rx(pi*-0.001440283828) q[4];
rx(pi*-0.00068690003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006430406103) q[0];
rx(pi*-0.00073800231) q[1];
rx(pi*-0.002753486414) q[2];
rx(pi*0.010576919084) q[3];
rx(pi*0.000717887418) q[4];
rx(pi*-0.001122347342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000895845937) q[0];
rx(pi*-0.002126032746) q[1];
rx(pi*-0.003359446627) q[2];
rx(pi*-0.001243398141) q[3];
rx(pi*0.001533264522) q[4];
rx(pi*-0.000759857285) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003047805313) q[0];
rx(pi*-0.00063651108) q[1];
rx(pi*7.6577919e-05) q[2];
rx(pi*0.004919874194) q[3];
rx(pi*0.001735571523) q[4];
rx(pi*-0.001607730629) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000581623847) q[0];
rx(pi*0.001720868385) q[1];
rx(pi*0.006159785944) q[2];
rx(pi*-0.00085877882) q[3];
rx(pi*-0.000775291245) q[4];
rx(pi*0.003190457845) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
