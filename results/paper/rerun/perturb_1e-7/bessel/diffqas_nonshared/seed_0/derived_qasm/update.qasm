// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.256168123123) q[0];
ry(pi*-0.016477094993) q[1];
ry(pi*0.064206225683) q[2];
ry(pi*-0.054556671976) q[3];
ry(pi*0.03749419064) q[4];
ry(pi*0.026623176179) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072693888321) q[0];
ry(pi*-0.425237142714) q[1];
ry(pi*-0.115010813872) q[2];
ry(pi*0.182729777385) q[3];
ry(pi*0.069517504104) q[4];
ry(pi*-0.194227585025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030486297971) q[0];
ry(pi*-0.306167137932) q[1];
ry(pi*-0.026058020714) q[2];
ry(pi*0.233071496935) q[3];
ry(pi*-0.075391632802) q[4];
ry(pi*-0.189152792417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.190174133371) q[0];
ry(pi*0.074724612654) q[1];
ry(pi*-0.209012003802) q[2];
ry(pi*0.042475276847) q[3];
ry(pi*-0.280359287126) q[4];
ry(pi*-0.100003579146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.24391398587) q[0];
ry(pi*0.012076149164) q[1];
ry(pi*0.016944787453) q[2];
ry(pi*-0.109390924736) q[3];
ry(pi*0.060174203747) q[4];
ry(pi*-0.003757557128) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
