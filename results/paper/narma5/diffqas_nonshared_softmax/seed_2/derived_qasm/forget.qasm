// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.09699528873) q[0];
ry(pi*0.00827096125) q[1];
ry(pi*0.029865391087) q[2];
ry(pi*0.040060463465) q[3];
ry(pi*-0.03023424739) q[4];
ry(pi*0.000970216514) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.080689246102) q[0];
ry(pi*-0.030648652517) q[1];
ry(pi*-0.012405947694) q[2];
ry(pi*-0.003906869687) q[3];
ry(pi*0.004073338058) q[4];
ry(pi*0.002048213798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087907873822) q[0];
ry(pi*0.018256449392) q[1];
ry(pi*0.005596908988) q[2];
ry(pi*-0.018294175515) q[3];
ry(pi*-0.000376494724) q[4];
ry(pi*-0.005692325307) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082017253063) q[0];
ry(pi*-0.021315535782) q[1];
ry(pi*-0.020930837235) q[2];
ry(pi*-0.006219076967) q[3];
ry(pi*0.00085863356) q[4];
ry(pi*0.00316303007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.09438175479) q[0];
ry(pi*0.042958849497) q[1];
ry(pi*0.033945366642) q[2];
ry(pi*0.040780735373) q[3];
ry(pi*0.011281319102) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
