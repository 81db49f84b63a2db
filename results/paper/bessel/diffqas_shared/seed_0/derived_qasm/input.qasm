// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00015883284) q[0];
ry(pi*0.388107627258) q[1];
ry(pi*-0.016208917576) q[2];
ry(pi*-0.065494356671) q[3];
ry(pi*-0.000648106319) q[4];
ry(pi*-0.024429931289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.342181625006) q[0];
ry(pi*0.217775345207) q[1];
ry(pi*0.024574956601) q[2];
ry(pi*0.027576744107) q[3];
ry(pi*0.000230324358) q[4];
ry(pi*-0.001110283565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072603056291) q[0];
ry(pi*-0.055570257819) q[1];
ry(pi*0.00617161901) q[2];
ry(pi*0.008868157536) q[3];
ry(pi*0.108895394512) q[4];
ry(pi*0.012893065877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.147793549508) q[0];
ry(pi*0.301033302133) q[1];
ry(pi*0.422104931797) q[2];
ry(pi*0.331920404143) q[3];
ry(pi*-0.185142238146) q[4];
ry(pi*0.019057877228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.285658963712) q[0];
ry(pi*0.014226992335) q[1];
ry(pi*-0.038246400796) q[2];
ry(pi*-0.228619427852) q[3];
ry(pi*-0.337650781075) q[4];
ry(pi*-0.002106299902) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
