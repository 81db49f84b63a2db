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
ry(pi*-0.007335550835) q[0];
ry(pi*-0.003846283182) q[1];
ry(pi*0.109823019579) q[2];
ry(pi*-0.000388736222) q[3];
ry(pi*-0.500111953125) q[4];
ry(pi*-0.148530194897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029068917511) q[0];
ry(pi*0.498610715491) q[1];
ry(pi*0.043212130935) q[2];
ry(pi*0.2555637083) q[3];
ry(pi*0.255691356947) q[4];
ry(pi*-0.215550126494) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000161504403) q[0];
ry(pi*0.000849022678) q[1];
ry(pi*-0.004828534643) q[2];
ry(pi*0.007087968336) q[3];
ry(pi*0.000157868732) q[4];
ry(pi*0.094117644656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009688066606) q[0];
ry(pi*-0.004163984214) q[1];
ry(pi*-0.018163013353) q[2];
ry(pi*-0.01938529112) q[3];
ry(pi*0.056000820612) q[4];
ry(pi*0.066903344063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003589023099) q[0];
ry(pi*0.003706840305) q[1];
ry(pi*0.047931929204) q[2];
ry(pi*0.003925644111) q[3];
ry(pi*0.00796859672) q[4];
ry(pi*-0.001548645194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
