// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.080870454815) q[0];
ry(pi*-0.222874460878) q[1];
ry(pi*-0.500119048933) q[2];
ry(pi*-0.144579973963) q[3];
ry(pi*-0.011256114992) q[4];
ry(pi*5.2076709e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.182463324117) q[0];
ry(pi*-0.191059079242) q[1];
ry(pi*-0.005012133923) q[2];
ry(pi*0.242963773747) q[3];
ry(pi*-0.017618398259) q[4];
ry(pi*-0.001559505314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025925218595) q[0];
ry(pi*-0.307415962131) q[1];
ry(pi*-0.048781087729) q[2];
ry(pi*-0.429830824386) q[3];
ry(pi*-0.053479830992) q[4];
ry(pi*-0.000468682452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.083251591569) q[0];
ry(pi*-0.026310744828) q[1];
ry(pi*0.060105512914) q[2];
ry(pi*-0.097271512964) q[3];
ry(pi*0.116160287277) q[4];
ry(pi*-0.024050874763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073591963333) q[0];
ry(pi*-0.131039674143) q[1];
ry(pi*-0.026171361537) q[2];
ry(pi*-0.028617245164) q[3];
ry(pi*0.092079573126) q[4];
ry(pi*-0.005427398752) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
