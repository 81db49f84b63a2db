// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.003979395387) q[0];
ry(pi*0.004348387464) q[1];
ry(pi*8.071332e-06) q[2];
ry(pi*-0.001432158156) q[3];
ry(pi*-0.000416167443) q[4];
ry(pi*0.00090786206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001500844987) q[0];
ry(pi*0.003147611155) q[1];
ry(pi*0.000693440959) q[2];
ry(pi*-0.004767272234) q[3];
ry(pi*-0.006254138605) q[4];
ry(pi*0.001087805009) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001569557906) q[0];
ry(pi*0.002520274881) q[1];
ry(pi*-0.006255341002) q[2];
ry(pi*-0.008364940384) q[3];
ry(pi*-0.0051998159) q[4];
ry(pi*0.006010391565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001648774019) q[0];
ry(pi*-0.001587002161) q[1];
ry(pi*0.011939870289) q[2];
ry(pi*-0.000433417747) q[3];
ry(pi*-0.002525903266) q[4];
ry(pi*0.005379993563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.088932259902) q[0];
ry(pi*-0.05422866637) q[1];
ry(pi*-0.006791938332) q[2];
ry(pi*-0.083389390635) q[3];
ry(pi*0.08135169856) q[4];
ry(pi*-0.006416900471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
