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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001100022569) q[0];
rx(pi*0.002615295441) q[1];
rx(pi*0.001051815485) q[2];
rx(pi*-0.004148077937) q[3];
rx(pi*0.002881835273) q[4];
rx(pi*0.001420857662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001709179393) q[0];
rx(pi*0.001849758709) q[1];
rx(pi*0.001160475302) q[2];
rx(pi*0.000936254406) q[3];
rx(pi*9.0477754e-05) q[4];
rx(pi*0.00174024875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002344210154) q[0];
rx(pi*-0.000518560472) q[1];
rx(pi*-0.001534639453) q[2];
rx(pi*0.001906186625) q[3];
rx(pi*0.000126439226) q[4];
rx(pi*-0.000930915949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002488887435) q[0];
rx(pi*-0.000818670135) q[1];
rx(pi*2.5909024e-05) q[2];
rx(pi*-0.00087727673) q[3];
rx(pi*0.004119129081) q[4];
rx(pi*0.003204502718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00862988947) q[0];
rx(pi*-0.006012916719) q[1];
rx(pi*-0.000556317463) q[2];
rx(pi*-0.001343874848) q[3];
rx(pi*0.000680043975) q[4];
rx(pi*0.000691756164) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
