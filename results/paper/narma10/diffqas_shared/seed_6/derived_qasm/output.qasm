// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.115769164084) q[0];
ry(pi*-0.100749976526) q[1];
ry(pi*-0.003033647196) q[2];
ry(pi*0.003381248092) q[3];
ry(pi*-0.001275988727) q[4];
ry(pi*-0.002769387948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121160023695) q[0];
ry(pi*-0.046796410254) q[1];
ry(pi*-0.003210428441) q[2];
ry(pi*0.000617341898) q[3];
ry(pi*0.001343184715) q[4];
ry(pi*0.000768215299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113547313033) q[0];
ry(pi*-0.110435573711) q[1];
ry(pi*-0.00442823694) q[2];
ry(pi*-0.004090115896) q[3];
ry(pi*-0.001478856017) q[4];
ry(pi*-0.003663676711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.122400196321) q[0];
ry(pi*-0.081661618394) q[1];
ry(pi*-0.000621188548) q[2];
ry(pi*-0.007092352226) q[3];
ry(pi*0.00273329526) q[4];
ry(pi*0.004135213228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101058805427) q[0];
ry(pi*-0.118685664345) q[1];
ry(pi*0.002186230458) q[2];
ry(pi*-0.00356640373) q[3];
ry(pi*0.000657505759) q[4];
ry(pi*-0.00214596925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
