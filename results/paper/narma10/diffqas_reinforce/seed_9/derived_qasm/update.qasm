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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001369278913) q[0];
ry(pi*-9.409512e-05) q[1];
ry(pi*-1.5700817e-05) q[2];
ry(pi*1.4165619e-05) q[3];
ry(pi*-0.000146648241) q[4];
ry(pi*4.9242729e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000150885519) q[0];
ry(pi*0.000124081594) q[1];
ry(pi*0.501026249837) q[2];
ry(pi*0.000298169459) q[3];
ry(pi*-0.000282910089) q[4];
ry(pi*-0.00014863345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000265346883) q[0];
ry(pi*-0.004260130392) q[1];
ry(pi*0.004524675713) q[2];
ry(pi*6.8231198e-05) q[3];
ry(pi*-0.21283292546) q[4];
ry(pi*-0.000409292935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000565747845) q[0];
ry(pi*-0.514833021898) q[1];
ry(pi*-0.00056233527) q[2];
ry(pi*-0.000546515185) q[3];
ry(pi*5.7548652e-05) q[4];
ry(pi*-0.339831622531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068635015204) q[0];
ry(pi*-0.007352404564) q[1];
ry(pi*-0.007924549708) q[2];
ry(pi*-0.000206236695) q[3];
ry(pi*0.108704044865) q[4];
ry(pi*0.000715515454) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
