// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.007255206585) q[0];
rz(pi*0.000909924753) q[1];
rz(pi*0.005757835241) q[2];
rz(pi*0.002924369802) q[3];
rz(pi*0.003406460206) q[4];
rz(pi*0.002537633463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004864049848) q[0];
rz(pi*0.003961580274) q[1];
rz(pi*-0.00329516755) q[2];
rz(pi*0.001346803322) q[3];
rz(pi*-0.000388713025) q[4];
rz(pi*0.005153984264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003797141691) q[0];
rz(pi*0.005843596804) q[1];
rz(pi*0.001528299146) q[2];
rz(pi*-1.446434e-05) q[3];
rz(pi*0.002438206186) q[4];
rz(pi*0.00766455251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001640454469) q[0];
rz(pi*0.000114166777) q[1];
rz(pi*-0.003970415941) q[2];
rz(pi*-0.002419911566) q[3];
rz(pi*-0.00029308354) q[4];
rz(pi*0.002144936273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001974297603) q[0];
rz(pi*-0.000335220697) q[1];
rz(pi*0.000409091794) q[2];
rz(pi*0.004900180482) q[3];
rz(pi*0.005899794675) q[4];
rz(pi*0.003826133235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
