// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011833011031) q[0];
ry(pi*-0.204525992474) q[1];
ry(pi*-0.507699686165) q[2];
ry(pi*-0.217029260877) q[3];
ry(pi*-0.009658125239) q[4];
ry(pi*9.1329119e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.269780291711) q[0];
ry(pi*-0.191039233748) q[1];
ry(pi*-0.014427695547) q[2];
ry(pi*0.257270989974) q[3];
ry(pi*-0.026328802141) q[4];
ry(pi*-0.000712526876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029243502363) q[0];
ry(pi*-0.363706434938) q[1];
ry(pi*-0.031229979878) q[2];
ry(pi*-0.439352791107) q[3];
ry(pi*-0.043598325958) q[4];
ry(pi*-0.000419955804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070519620921) q[0];
ry(pi*-0.013916614784) q[1];
ry(pi*0.023030887989) q[2];
ry(pi*-0.083492849029) q[3];
ry(pi*0.112767286457) q[4];
ry(pi*-0.019602269392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.144561627316) q[0];
ry(pi*-0.0676026748) q[1];
ry(pi*-0.011545171918) q[2];
ry(pi*-0.008363105364) q[3];
ry(pi*0.1000834639) q[4];
ry(pi*-0.005427556463) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
