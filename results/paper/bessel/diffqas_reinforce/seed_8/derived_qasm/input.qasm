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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.2433315e-05) q[0];
ry(pi*0.000397687023) q[1];
ry(pi*-0.496368022877) q[2];
ry(pi*-0.000477126066) q[3];
ry(pi*0.50021728982) q[4];
ry(pi*0.000212818441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499490633584) q[0];
ry(pi*0.099590561401) q[1];
ry(pi*0.098110592217) q[2];
ry(pi*0.499826982455) q[3];
ry(pi*-0.500318148947) q[4];
ry(pi*-0.028809704717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001787553294) q[0];
ry(pi*0.256928645715) q[1];
ry(pi*-0.001739219182) q[2];
ry(pi*-0.50022529632) q[3];
ry(pi*-0.000162989187) q[4];
ry(pi*-0.000588201128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.491807e-06) q[0];
ry(pi*-0.043952466523) q[1];
ry(pi*6.736897e-06) q[2];
ry(pi*0.00012821266) q[3];
ry(pi*1.7431042e-05) q[4];
ry(pi*0.249274583949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.3446628e-05) q[0];
ry(pi*0.000105885089) q[1];
ry(pi*-0.053194964671) q[2];
ry(pi*0.046212557146) q[3];
ry(pi*0.009077272196) q[4];
ry(pi*-0.005457784793) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
