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
ry(pi*0.011092644613) q[0];
ry(pi*0.011272962792) q[1];
ry(pi*-0.011633644212) q[2];
ry(pi*0.021530364204) q[3];
ry(pi*0.003343603493) q[4];
ry(pi*0.008661853213) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030739159638) q[0];
ry(pi*-0.260271112622) q[1];
ry(pi*-0.043050549529) q[2];
ry(pi*-0.48662312637) q[3];
ry(pi*-0.048700652766) q[4];
ry(pi*0.009657285695) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008316301967) q[0];
ry(pi*0.130867069571) q[1];
ry(pi*0.141707386125) q[2];
ry(pi*0.010707565425) q[3];
ry(pi*-0.050342080032) q[4];
ry(pi*0.00839244909) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007056996511) q[0];
ry(pi*-0.004001127187) q[1];
ry(pi*-0.009353985571) q[2];
ry(pi*-0.016100812045) q[3];
ry(pi*-0.500768486086) q[4];
ry(pi*0.06760633654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021398653018) q[0];
ry(pi*0.01875289268) q[1];
ry(pi*-0.000641983087) q[2];
ry(pi*-0.053431526376) q[3];
ry(pi*0.005498928975) q[4];
ry(pi*-0.003370848359) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
