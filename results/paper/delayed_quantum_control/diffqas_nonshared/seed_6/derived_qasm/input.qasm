// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.000978006902) q[0];
rx(pi*0.000663679684) q[1];
rx(pi*0.002850810384) q[2];
rx(pi*-0.0004873473) q[3];
rx(pi*0.00345595803) q[4];
rx(pi*-0.001674511292) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000716794039) q[0];
rx(pi*-0.002166345684) q[1];
rx(pi*0.001902830375) q[2];
rx(pi*0.000114682978) q[3];
rx(pi*-0.002744552325) q[4];
rx(pi*0.006371936838) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001158210875) q[0];
rx(pi*-0.000369774925) q[1];
rx(pi*0.001254586282) q[2];
rx(pi*0.005562349535) q[3];
rx(pi*-0.000471844602) q[4];
rx(pi*0.002237764146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000314742432) q[0];
rx(pi*-0.004659018775) q[1];
rx(pi*0.002520256502) q[2];
rx(pi*0.003249352811) q[3];
rx(pi*-0.000763386735) q[4];
rx(pi*-4.8586492e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004779415682) q[0];
rx(pi*-0.0048476319) q[1];
rx(pi*-0.00124622849) q[2];
rx(pi*0.001992411982) q[3];
rx(pi*-0.001494778748) q[4];
rx(pi*0.000929563103) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
