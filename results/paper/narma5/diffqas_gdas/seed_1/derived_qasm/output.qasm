// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.004620492832) q[0];
rx(pi*0.000218887868) q[1];
rx(pi*-0.001336375129) q[2];
rx(pi*-9.8821817e-05) q[3];
rx(pi*0.000982005557) q[4];
rx(pi*0.001471922367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003975405478) q[0];
rx(pi*0.000498407078) q[1];
rx(pi*-0.0021013409) q[2];
rx(pi*0.001049197617) q[3];
rx(pi*-0.001873965118) q[4];
rx(pi*-0.001281457177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004839088827) q[0];
rx(pi*0.020003556049) q[1];
rx(pi*-0.010382682022) q[2];
rx(pi*0.022738978036) q[3];
rx(pi*-0.012091713932) q[4];
rx(pi*-0.006936103941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001978575661) q[0];
rx(pi*0.001651097587) q[1];
rx(pi*-0.00429926198) q[2];
rx(pi*-0.006124971545) q[3];
rx(pi*-0.003268197197) q[4];
rx(pi*0.005899182804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001822480641) q[0];
rx(pi*-0.002073285543) q[1];
rx(pi*-0.000119810475) q[2];
rx(pi*0.000825640026) q[3];
rx(pi*0.004139128136) q[4];
rx(pi*-0.002064125263) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
