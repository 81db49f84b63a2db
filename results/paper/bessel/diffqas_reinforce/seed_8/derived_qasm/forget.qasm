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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000709121564) q[0];
rx(pi*-0.005164667699) q[1];
rx(pi*-0.001561494191) q[2];
rx(pi*0.000508911496) q[3];
rx(pi*-0.003981510256) q[4];
rx(pi*0.00023520947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002111330793) q[0];
rx(pi*-0.000976459215) q[1];
rx(pi*-0.001976084154) q[2];
rx(pi*-0.001973922299) q[3];
rx(pi*0.002995754469) q[4];
rx(pi*-0.004884466896) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000956391161) q[0];
rx(pi*-0.001335032807) q[1];
rx(pi*0.000458358498) q[2];
rx(pi*-0.000221506125) q[3];
rx(pi*-0.003525322099) q[4];
rx(pi*0.006493767372) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000565338671) q[0];
rx(pi*-0.004271885491) q[1];
rx(pi*-0.00283753539) q[2];
rx(pi*0.000310634054) q[3];
rx(pi*0.001951137659) q[4];
rx(pi*-0.004272223147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00226424447) q[0];
rx(pi*-0.004371341227) q[1];
rx(pi*-0.002528627337) q[2];
rx(pi*0.002715500305) q[3];
rx(pi*0.005414445109) q[4];
rx(pi*-0.000269636762) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
