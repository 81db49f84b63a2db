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
ry(pi*-0.319747413331) q[0];
ry(pi*-0.026905720709) q[1];
ry(pi*0.018225491797) q[2];
ry(pi*0.06927692492) q[3];
ry(pi*-0.044754036654) q[4];
ry(pi*0.014187204112) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089417364601) q[0];
ry(pi*0.346787714855) q[1];
ry(pi*-0.081081270501) q[2];
ry(pi*0.261308827057) q[3];
ry(pi*0.039141542147) q[4];
ry(pi*0.419852525136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.066636596717) q[0];
ry(pi*-0.070581846791) q[1];
ry(pi*-0.010123889) q[2];
ry(pi*0.007679303821) q[3];
ry(pi*0.096091853917) q[4];
ry(pi*-0.226107967295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.274154136156) q[0];
ry(pi*0.138727592777) q[1];
ry(pi*-0.055210686305) q[2];
ry(pi*-0.206675149441) q[3];
ry(pi*0.087068102063) q[4];
ry(pi*0.256750927987) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.249232179858) q[0];
ry(pi*-0.187688760341) q[1];
ry(pi*-0.440145662234) q[2];
ry(pi*-0.138344447624) q[3];
ry(pi*0.00837865353) q[4];
ry(pi*-0.004647045193) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
