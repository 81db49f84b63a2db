// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.046452477027) q[0];
ry(pi*0.361695020119) q[1];
ry(pi*-0.009814989545) q[2];
ry(pi*-0.004466518609) q[3];
ry(pi*-0.064959178148) q[4];
ry(pi*-0.017125449514) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018819386232) q[0];
ry(pi*-0.075505478774) q[1];
ry(pi*-0.283419098037) q[2];
ry(pi*0.006431858704) q[3];
ry(pi*0.177053396894) q[4];
ry(pi*0.007680114906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.470461418919) q[0];
ry(pi*0.056114870541) q[1];
ry(pi*-0.002787450004) q[2];
ry(pi*0.093410720077) q[3];
ry(pi*-0.003198448336) q[4];
ry(pi*-0.01081709154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072491496535) q[0];
ry(pi*-0.040638344901) q[1];
ry(pi*-0.129309482876) q[2];
ry(pi*-0.068636921965) q[3];
ry(pi*0.333026022042) q[4];
ry(pi*-0.040739256203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03279292163) q[0];
ry(pi*-0.067495606841) q[1];
ry(pi*0.026799319169) q[2];
ry(pi*0.059796740932) q[3];
ry(pi*-0.104441684286) q[4];
ry(pi*-0.004375866821) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
