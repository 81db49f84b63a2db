// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.013033106099) q[0];
ry(pi*-0.224057980879) q[1];
ry(pi*0.003522608403) q[2];
ry(pi*0.021429768324) q[3];
ry(pi*-0.017707245265) q[4];
ry(pi*0.01024512723) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00484145627) q[0];
ry(pi*0.00913787471) q[1];
ry(pi*-0.00273555776) q[2];
ry(pi*-0.358401806465) q[3];
ry(pi*0.000440032566) q[4];
ry(pi*-0.003138289014) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003959835077) q[0];
ry(pi*0.174947991082) q[1];
ry(pi*0.076434759213) q[2];
ry(pi*0.031884689083) q[3];
ry(pi*0.007947905753) q[4];
ry(pi*0.009971299491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.078983667232) q[0];
ry(pi*0.10331709364) q[1];
ry(pi*0.029624833248) q[2];
ry(pi*0.112067581008) q[3];
ry(pi*0.501947718247) q[4];
ry(pi*-0.447600623985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05477272414) q[0];
ry(pi*0.058668241899) q[1];
ry(pi*0.01294964261) q[2];
ry(pi*-0.000967317092) q[3];
ry(pi*-0.001611420532) q[4];
ry(pi*0.00060527397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
