// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.268435636164) q[0];
rx(pi*0.074036067925) q[1];
rx(pi*0.082004370567) q[2];
rx(pi*-0.119852175278) q[3];
rx(pi*0.072986063892) q[4];
rx(pi*0.003754022268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.272994085443) q[0];
rx(pi*0.071760376959) q[1];
rx(pi*0.164547681006) q[2];
rx(pi*-0.107049972262) q[3];
rx(pi*0.073595952353) q[4];
rx(pi*2.1379364e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095073292471) q[0];
rx(pi*0.095148993734) q[1];
rx(pi*0.107495205732) q[2];
rx(pi*-0.118355766209) q[3];
rx(pi*0.076078175907) q[4];
rx(pi*-0.000330507785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.270489568911) q[0];
rx(pi*0.202381256156) q[1];
rx(pi*0.139492403209) q[2];
rx(pi*-0.103057840529) q[3];
rx(pi*0.076214580476) q[4];
rx(pi*-0.003147537933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.187359962624) q[0];
rx(pi*0.063224931456) q[1];
rx(pi*0.087424818179) q[2];
rx(pi*-0.117059415277) q[3];
rx(pi*0.073048953807) q[4];
rx(pi*-0.00110178155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
