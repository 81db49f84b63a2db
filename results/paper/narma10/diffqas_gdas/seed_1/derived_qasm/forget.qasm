// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
rz(pi*-0.001567953523) q[0];
rz(pi*-0.002547963828) q[1];
rz(pi*0.001810592436) q[2];
rz(pi*-0.002023224317) q[3];
rz(pi*0.002671538373) q[4];
rz(pi*-0.003776089945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.9602345e-05) q[0];
rz(pi*-0.002746791405) q[1];
rz(pi*-0.000810031384) q[2];
rz(pi*-0.001245902692) q[3];
rz(pi*-0.00365410081) q[4];
rz(pi*0.002025339779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004024214057) q[0];
rz(pi*-0.003180202779) q[1];
rz(pi*0.002778051675) q[2];
rz(pi*0.003039031899) q[3];
rz(pi*0.002067246873) q[4];
rz(pi*0.00102508444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00719466929) q[0];
rz(pi*-0.003906953286) q[1];
rz(pi*-0.002422301984) q[2];
rz(pi*-0.003218996415) q[3];
rz(pi*0.002805769377) q[4];
rz(pi*0.000862649779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003482264041) q[0];
rz(pi*0.003042285725) q[1];
rz(pi*-0.000769116653) q[2];
rz(pi*-0.002659151244) q[3];
rz(pi*-0.0032099977) q[4];
rz(pi*0.006989046208) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
