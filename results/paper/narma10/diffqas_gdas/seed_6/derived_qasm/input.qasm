// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.123333408862) q[0];
ry(pi*-0.092990777279) q[1];
ry(pi*-0.001198265235) q[2];
ry(pi*0.058954346191) q[3];
ry(pi*-0.015849701801) q[4];
ry(pi*0.000530295858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.135866265266) q[0];
ry(pi*-0.075612062928) q[1];
ry(pi*0.015945628013) q[2];
ry(pi*-0.043416998665) q[3];
ry(pi*-0.007708774427) q[4];
ry(pi*0.0047230183) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.123738182948) q[0];
ry(pi*-0.092322822724) q[1];
ry(pi*-0.027006541891) q[2];
ry(pi*-0.019476861901) q[3];
ry(pi*-0.001750853034) q[4];
ry(pi*0.000382172911) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.14089873916) q[0];
ry(pi*-0.140555949041) q[1];
ry(pi*-0.053636261296) q[2];
ry(pi*0.007798429553) q[3];
ry(pi*-0.035340926072) q[4];
ry(pi*-0.005022415966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.064344973386) q[0];
ry(pi*-0.05783582208) q[1];
ry(pi*0.004769943241) q[2];
ry(pi*0.089401588761) q[3];
ry(pi*0.046195106962) q[4];
ry(pi*-0.006619059841) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
